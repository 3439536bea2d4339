package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.FilingResult;
import cn.zhicheng.core.eligibility.Message;

/** Prints what filing or acknowledging came to: done (exit 0) or refused with its clause (exit 2), with the entry. */
final class FilingPrinter {

    private FilingPrinter() {
    }

    static int print(Zhicheng top, FilingResult result) {
        if (result instanceof FilingResult.Done done) {
            top.language.lines(done.message()).forEach(top.output::print);
            top.language.lines(Message.of("filing.entry", done.entry().sequence())).forEach(top.output::print);
            return 0;
        }
        FilingResult.Refused refused = (FilingResult.Refused) result;
        top.language.lines(refused.reason()).forEach(top.output::problem);
        top.language.lines(Message.of("cli.act.refused", refused.clause(), refused.entry().sequence()))
                .forEach(top.output::problem);
        return 2;
    }
}
