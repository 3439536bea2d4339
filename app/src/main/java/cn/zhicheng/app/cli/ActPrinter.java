package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.ActResult;
import cn.zhicheng.core.eligibility.Message;

/**
 * Prints what an act on an application came to: the move with its clause and audit entry (exit 0), or the refusal
 * with the clause that refuses it and the entry that records the refusal (exit 2).
 */
final class ActPrinter {

    private ActPrinter() {
    }

    static int print(Zhicheng top, ActResult result) {
        if (result instanceof ActResult.Done done) {
            top.language.lines(Message.of("cli.act.done", done.application().id(), done.moved().act(),
                    done.moved().from(), done.moved().to(), done.moved().clause(), done.entry().sequence()))
                    .forEach(top.output::print);
            done.moved().corrections().forEach(c -> top.language.lines(Message.of("cli.qualify.correction",
                    c.evidenceId().orElse("-"), c.what())).forEach(l -> top.output.print("  " + l)));
            return 0;
        }
        ActResult.Refused refused = (ActResult.Refused) result;
        top.language.lines(refused.refusal().reason()).forEach(top.output::problem);
        top.language.lines(Message.of("cli.act.refused", refused.refusal().clause(), refused.entry().sequence()))
                .forEach(top.output::problem);
        return 2;
    }
}
