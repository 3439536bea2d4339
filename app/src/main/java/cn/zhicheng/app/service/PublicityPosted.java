package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.calendar.Publicity;
import java.util.Optional;

/** What posting a publicity came to (六(二), 六(五)): the act's result, and the period when it landed. */
public record PublicityPosted(ActResult result, Optional<Publicity> publicity) {

    public PublicityPosted {
        requireNonNull(result, "result is null");
        requireNonNull(publicity, "publicity is null");
        if (publicity.isPresent() != result instanceof ActResult.Done) {
            throw new IllegalArgumentException("a period is posted exactly when the act lands");
        }
    }
}
