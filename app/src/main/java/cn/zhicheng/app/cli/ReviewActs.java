package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.ParticularsRefused;
import com.google.inject.Injector;
import java.util.function.Function;

/**
 * How a command of the review reaches its service: the store opened from the command's options, the review assembled
 * over it, and what the user gave refused as input (exit 2, the field and the reason in both languages) before any
 * act is attempted.
 */
final class ReviewActs {

    private ReviewActs() {
    }

    static int run(Zhicheng top, StoreOptions store, Function<Injector, Integer> work) {
        return store.with(db -> {
            try {
                return work.apply(top.review(db));
            } catch (ParticularsRefused e) {
                throw new UserError(e.refusal());
            }
        });
    }
}
