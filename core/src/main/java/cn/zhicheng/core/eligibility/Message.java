package cn.zhicheng.core.eligibility;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A message key and its arguments, rendered later in Chinese or English (the way Keycloak's policy errors carry
 * a key and parameters instead of a finished sentence).
 */
public record Message(String key, List<Object> args) {

    public Message {
        requireNonNull(key, "key is null");
        args = Owned.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }

    /**
     * The message of arguments given for it alone (a varargs array made at the call): one or two are held as
     * {@code List.of} holds them, more in that array instead of a copy of it.
     */
    static Message owned(String key, Object... args) {
        switch (args.length) {
            case 0:
                return new Message(key, List.of());
            case 1:
                return new Message(key, List.of(args[0]));
            case 2:
                return new Message(key, List.of(args[0], args[1]));
            default:
                return new Message(key, Owned.of(args));
        }
    }
}
