package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.DelegationActs;
import cn.zhicheng.app.store.Delegations;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.round.Delegation;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.spi.Annexes;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The provincial office's delegations of review authority to associations (四, 决定 D-12). */
@Command(name = "delegation", description = {"向行业协会委托评审权限：授予、收窄、撤销、查看（四，决定 D-12）",
    "delegate review authority to associations: grant, narrow, revoke, list (四, 决定 D-12)"},
        subcommands = {DelegationCommand.Grant.class, DelegationCommand.Narrow.class, DelegationCommand.Revoke.class,
            DelegationCommand.ListAll.class})
final class DelegationCommand {

    @ParentCommand
    Zhicheng top;

    /** Fields and levels as typed, checked against the installed annexes; every mistake gathered. */
    static final class Scope {
        @Option(names = "--fields", required = true, split = ",", paramLabel = "CODE",
                description = {"领域代码，逗号分隔 / field codes, comma separated"})
        List<String> fields;

        @Option(names = "--levels", required = true, split = ",", paramLabel = "LEVEL",
                description = {"层级，逗号分隔 / levels, comma separated"})
        List<String> levels;

        Set<String> codes(Zhicheng top, Gathered gathered) {
            Annexes annexes = top.engine().getInstance(Annexes.class);
            Set<String> codes = new LinkedHashSet<>();
            for (String f : fields) {
                gathered.attempt(() -> codes.add(Arguments.field(annexes, f).field().code()));
            }
            return codes;
        }

        Set<Level> levels(Gathered gathered) {
            Set<Level> out = new LinkedHashSet<>();
            for (String l : levels) {
                gathered.attempt(() -> out.add(Arguments.level(l)));
            }
            return out;
        }
    }

    static String id(String id, Gathered gathered) {
        if (!id.matches(OpenRoundCommand.ID)) {
            gathered.add(Refusal.of("cli.round.id", id));
        }
        return id;
    }

    @Command(name = "grant", description = {"授予委托 / grant a delegation"})
    static final class Grant implements Callable<Integer> {
        @ParentCommand
        DelegationCommand parent;
        @Mixin
        StoreOptions store;
        @Mixin
        ActingAs acting;
        @Mixin
        Scope scope;
        @Parameters(paramLabel = "DELEGATION", description = {"委托编号 / delegation id"})
        String id;
        @Option(names = "--association", required = true, paramLabel = "ID", description = {"受委托的协会 / the association"})
        String association;
        @Option(names = "--from", required = true, paramLabel = "DATE", description = {"生效日 / valid from"})
        String from;
        @Option(names = "--to", required = true, paramLabel = "DATE", description = {"截止日 / valid to"})
        String to;

        @Override
        public Integer call() {
            Zhicheng top = parent.top;
            Gathered gathered = new Gathered();
            id(id, gathered);
            id(association, gathered);
            Set<String> codes = scope.codes(top, gathered);
            Set<Level> levels = scope.levels(gathered);
            LocalDate validFrom = gathered.attempt(() -> Arguments.date("--from", from));
            LocalDate validTo = gathered.attempt(() -> Arguments.date("--to", to));
            Actor actor = gathered.attempt(acting::actor);
            gathered.check();
            return store.with(db -> RecordedPrinter.print(top, top.review(db).getInstance(DelegationActs.class)
                    .grant(id, association, codes, levels, validFrom, validTo, actor)));
        }
    }

    @Command(name = "narrow", description = {"收窄委托：自某日起只含部分领域、层级或缩短期限 / narrow a delegation from a day on"})
    static final class Narrow implements Callable<Integer> {
        @ParentCommand
        DelegationCommand parent;
        @Mixin
        StoreOptions store;
        @Mixin
        ActingAs acting;
        @Mixin
        Scope scope;
        @Parameters(paramLabel = "DELEGATION", description = {"委托编号 / delegation id"})
        String id;
        @Option(names = "--on", required = true, paramLabel = "DATE", description = {"自何日起 / from which day"})
        String on;
        @Option(names = "--to", required = true, paramLabel = "DATE", description = {"新的截止日 / new last day"})
        String to;

        @Override
        public Integer call() {
            Zhicheng top = parent.top;
            Gathered gathered = new Gathered();
            id(id, gathered);
            Set<String> codes = scope.codes(top, gathered);
            Set<Level> levels = scope.levels(gathered);
            LocalDate day = gathered.attempt(() -> Arguments.date("--on", on));
            LocalDate validTo = gathered.attempt(() -> Arguments.date("--to", to));
            Actor actor = gathered.attempt(acting::actor);
            gathered.check();
            return store.with(db -> RecordedPrinter.print(top, top.review(db).getInstance(DelegationActs.class)
                    .narrow(id, day, codes, levels, validTo, actor)));
        }
    }

    @Command(name = "revoke", description = {"撤销委托：自某日起不得再办理新的事项 / revoke a delegation from a day on"})
    static final class Revoke implements Callable<Integer> {
        @ParentCommand
        DelegationCommand parent;
        @Mixin
        StoreOptions store;
        @Mixin
        ActingAs acting;
        @Parameters(paramLabel = "DELEGATION", description = {"委托编号 / delegation id"})
        String id;
        @Option(names = "--on", required = true, paramLabel = "DATE", description = {"自何日起 / from which day"})
        String on;

        @Override
        public Integer call() {
            Zhicheng top = parent.top;
            Gathered gathered = new Gathered();
            id(id, gathered);
            LocalDate day = gathered.attempt(() -> Arguments.date("--on", on));
            Actor actor = gathered.attempt(acting::actor);
            gathered.check();
            return store.with(db -> RecordedPrinter.print(top, top.review(db).getInstance(DelegationActs.class)
                    .revoke(id, day, actor)));
        }
    }

    @Command(name = "list", description = {"列出全部委托及其各版本 / list every delegation and its versions"})
    static final class ListAll implements Callable<Integer> {
        @ParentCommand
        DelegationCommand parent;
        @Mixin
        StoreOptions store;

        @Override
        public Integer call() {
            Zhicheng top = parent.top;
            return store.with(db -> {
                List<Delegations.Stored> all = db.jdbi().withHandle(h -> new Delegations().all(h));
                for (Delegations.Stored s : all) {
                    Delegation d = s.delegation();
                    top.language.lines(Message.of("delegation.listed", d.id(), d.association(),
                            d.revokedOn().map(Object::toString).orElse("-"))).forEach(top.output::print);
                    for (Delegation.Version v : d.versions()) {
                        top.language.lines(Message.of("delegation.version", v.from(), v.validTo(),
                                v.fields().stream().sorted().toList(), v.levels().stream().sorted().toList()))
                                .forEach(l -> top.output.print("  " + l));
                    }
                }
                return 0;
            });
        }
    }
}
