package cn.zhicheng.app.cli;

import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * Who takes an act from the command line: {@code --as ROLE:ID}, or {@code --as ROLE:ID@ASSOCIATION} for someone
 * acting for an association in its delegated round (四, 决定 D-12). Core checks the role against the act; this only
 * reads it. Until the HTTP API authenticates people, the command line is trusted to say who acts, and the audit
 * records it.
 */
final class ActingAs {

    /** Ids are short and plain, so that what the audit records is what was meant. */
    private static final Pattern FORM = Pattern.compile("([A-Za-z_]+):([A-Za-z0-9._-]{1,64})(?:@([A-Za-z0-9._-]{1,64}))?");

    @Option(names = "--as", required = true, paramLabel = "ROLE:ID[@ASSOCIATION]",
            description = {"以何角色、何人身份办理，如 recommender:incubator-1、qualification_reviewer:r1@assoc-ai",
                "who acts, e.g. recommender:incubator-1, qualification_reviewer:r1@assoc-ai"})
    String as;

    Actor actor() {
        Matcher m = FORM.matcher(as);
        if (!m.matches()) {
            throw new UserError(Refusal.of("cli.actor.form", as, roles()));
        }
        Role role;
        try {
            role = Role.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError(Refusal.of("cli.actor.role", m.group(1), roles()));
        }
        Optional<String> association = Optional.ofNullable(m.group(3));
        if (role == Role.ASSOCIATION && association.isEmpty()) {
            throw new UserError(Refusal.of("cli.actor.associationMissing", as));
        }
        if (association.isPresent() && !role.ofRunningBody()) {
            throw new UserError(Refusal.of("cli.actor.associationNotAllowed", as, role.name().toLowerCase(Locale.ROOT)));
        }
        return new Actor(m.group(2), role, association);
    }

    private static List<String> roles() {
        return Arrays.stream(Role.values()).map(r -> r.name().toLowerCase(Locale.ROOT)).toList();
    }
}
