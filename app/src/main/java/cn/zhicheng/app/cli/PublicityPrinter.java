package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.PublicityPosted;

/** Prints a posted publicity: the act as {@link ActPrinter} prints it, then the period as counted (决定 D-5). */
final class PublicityPrinter {

    private PublicityPrinter() {
    }

    static int print(Zhicheng top, PublicityPosted posted) {
        int exit = ActPrinter.print(top, posted.result());
        posted.publicity().ifPresent(p -> top.language.lines(p.explain()).forEach(top.output::print));
        return exit;
    }
}
