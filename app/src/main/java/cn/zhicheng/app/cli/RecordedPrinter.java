package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.Recorded;
import cn.zhicheng.core.eligibility.Message;

/**
 * Prints what an act that is not on one application came to: what was done and its audit entry (exit 0), or every
 * reason it was refused, the clause, and the entry recording the refusal (exit 2).
 */
final class RecordedPrinter {

    private RecordedPrinter() {
    }

    static int print(Zhicheng top, Recorded recorded) {
        if (recorded instanceof Recorded.Done done) {
            top.language.lines(done.what()).forEach(top.output::print);
            top.language.lines(Message.of("cli.recorded.entry", done.entry().sequence()))
                    .forEach(top.output::print);
            return 0;
        }
        Recorded.Refused refused = (Recorded.Refused) recorded;
        refused.reasons().forEach(r -> top.language.lines(r).forEach(top.output::problem));
        top.language.lines(Message.of("cli.act.refused", refused.clause(), refused.entry().sequence()))
                .forEach(top.output::problem);
        return 2;
    }
}
