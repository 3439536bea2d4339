package cn.zhicheng.core.audit;

import static java.util.Objects.requireNonNull;

/**
 * How an act ended. A refusal is audited too, with the message key of the clause that refused it: 七(二) asks that
 * every step can be traced back, and a refused step is a step.
 */
public sealed interface Outcome {

    record Done() implements Outcome {
    }

    record Refused(String key) implements Outcome {
        public Refused {
            requireNonNull(key, "key is null");
            if (key.isBlank()) {
                throw new IllegalArgumentException("a refusal names its message key");
            }
        }
    }

    static Outcome done() {
        return new Done();
    }

    static Outcome refused(String key) {
        return new Refused(key);
    }
}
