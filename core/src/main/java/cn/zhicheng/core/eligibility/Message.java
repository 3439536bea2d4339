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
     * The message of arguments given for it alone (a varargs array made at the call): the message keeps that array
     * instead of a copy.
     */
    static Message owned(String key, Object... args) {
        return new Message(key, Owned.of(args));
    }
}
