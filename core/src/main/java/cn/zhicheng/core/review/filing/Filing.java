package cn.zhicheng.core.review.filing;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.calendar.Objections;
import cn.zhicheng.core.calendar.Publicity;
import cn.zhicheng.core.certificate.IssuingBody;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Text;
import cn.zhicheng.core.review.round.Delegation;
import cn.zhicheng.core.review.round.Round;
import cn.zhicheng.core.review.round.RunningBody;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An association's results filed with the provincial office (六(六) 备案): the round, the association and the
 * delegation it ran the round under (四, 决定 D-12), the name it files under, the applications whose result publicity
 * ended without an open or upheld objection, who filed and when, and the office's acknowledgement once given.
 */
public record Filing(String roundId, String association, String delegationId, Text associationName,
                     List<String> applications, String filedBy, Instant filedAt,
                     Optional<Acknowledgement> acknowledgement) {

    /** 六(六): 由各评审机构将评审结果报省人力资源和社会保障厅备案. */
    public static final Clause CLAUSE = Clause.notice("六(六)");

    /** The provincial office's acknowledgement: its filing reference (备案文号), who acknowledged and when. */
    public record Acknowledgement(String reference, String by, Instant at) {
        public Acknowledgement {
            requireNonNull(reference, "reference is null");
            requireNonNull(by, "by is null");
            requireNonNull(at, "at is null");
            if (reference.isBlank()) {
                throw new IllegalArgumentException("an acknowledgement names its filing reference");
            }
        }
    }

    /** What filing or acknowledging came to: the filing as it stands now, or the refusal with its clause. */
    public sealed interface Decision permits Accepted, Refused {
    }

    public record Accepted(Filing filing, Message message) implements Decision {
    }

    public record Refused(Message reason, Clause clause) implements Decision {
        public Refused {
            requireNonNull(reason, "reason is null");
            requireNonNull(clause, "clause is null");
        }
    }

    public Filing {
        requireNonNull(roundId, "roundId is null");
        requireNonNull(association, "association is null");
        requireNonNull(delegationId, "delegationId is null");
        requireNonNull(associationName, "associationName is null");
        applications = List.copyOf(applications).stream().sorted().toList();
        requireNonNull(filedBy, "filedBy is null");
        requireNonNull(filedAt, "filedAt is null");
        requireNonNull(acknowledgement, "acknowledgement is null");
        if (applications.isEmpty()) {
            throw new IllegalArgumentException("a filing lists the results it files");
        }
    }

    /**
     * Whether an application's result may be filed on {@code day}: its result publicity (六(五)) has ended and no
     * objection is open or was upheld — 六(六) 公示期满无异议的 (决定 D-5, 决定 D-6).
     */
    public static boolean fileable(Publicity resultPublicity, Objections objections, LocalDate day) {
        return resultPublicity.kind() == Publicity.Kind.RESULT && resultPublicity.hasEnded(day)
                && objections.progress() == Objections.Progress.PROCEEDS;
    }

    /**
     * The association running {@code round} files its results: refused for a provincial round (the office's own
     * results are not filed with itself), for anyone but that association, a second time, or with nothing to file.
     */
    public static Decision file(Round round, Actor actor, Text name, List<String> results, Optional<Filing> existing,
                                Instant at) {
        requireNonNull(round, "round is null");
        requireNonNull(actor, "actor is null");
        if (!(round.body() instanceof RunningBody.DelegatedAssociation body)) {
            return new Refused(Message.of("filing.provincialRound", round.id()), CLAUSE);
        }
        if (actor.role() != Role.ASSOCIATION || !actor.association().equals(Optional.of(body.associationId()))) {
            return new Refused(Message.of("filing.notTheAssociation", round.id(), body.associationId(),
                    actor.role(), actor.id()), Delegation.DECISION);
        }
        if (existing.isPresent()) {
            return new Refused(Message.of("filing.filedAlready", round.id(), existing.get().filedAt().toString()),
                    CLAUSE);
        }
        if (results.isEmpty()) {
            return new Refused(Message.of("filing.nothingToFile", round.id()), CLAUSE);
        }
        Filing filing = new Filing(round.id(), body.associationId(), body.delegationId(), name, results, actor.id(),
                at, Optional.empty());
        return new Accepted(filing, Message.of("filing.filed", round.id(), filing.applications().size(),
                body.delegationId()));
    }

    /**
     * The provincial office acknowledges a round's filing once, with its filing reference: refused for a provincial
     * round, for anyone else, before the association filed, or a second time.
     */
    public static Decision acknowledge(Round round, Optional<Filing> filing, Actor actor, String reference,
                                       Instant at) {
        requireNonNull(round, "round is null");
        requireNonNull(actor, "actor is null");
        if (!(round.body() instanceof RunningBody.DelegatedAssociation)) {
            return new Refused(Message.of("filing.provincialRound", round.id()), CLAUSE);
        }
        if (actor.role() != Role.PROVINCIAL_OFFICE) {
            return new Refused(Message.of("filing.acknowledgeRole", actor.role(), actor.id()), CLAUSE);
        }
        if (filing.isEmpty()) {
            return new Refused(Message.of("filing.notFiled", round.id()), CLAUSE);
        }
        Filing f = filing.get();
        if (f.acknowledgement().isPresent()) {
            return new Refused(Message.of("filing.acknowledgedAlready", round.id(),
                    f.acknowledgement().get().reference()), CLAUSE);
        }
        Filing acknowledged = new Filing(f.roundId(), f.association(), f.delegationId(), f.associationName(),
                f.applications(), f.filedBy(), f.filedAt(),
                Optional.of(new Acknowledgement(reference, actor.id(), at)));
        return new Accepted(acknowledged, Message.of("filing.acknowledged", round.id(), reference));
    }

    /**
     * Who issues the certificate on {@code applicationId} of {@code round} (六(六)): the provincial office for its own
     * round; for an association's round the association, naming its delegation and the filing — refused until the
     * results are filed, acknowledged and list the application.
     */
    public static Issuer issuer(Round round, Optional<Filing> filing, String applicationId) {
        if (!(round.body() instanceof RunningBody.DelegatedAssociation)) {
            return new Issuer.Found(IssuingBody.ProvincialOffice.JILIN, "provincial");
        }
        if (filing.isEmpty()) {
            return new Issuer.NotYet(new Refused(Message.of("filing.notFiled", round.id()), CLAUSE));
        }
        Filing f = filing.get();
        if (f.acknowledgement().isEmpty()) {
            return new Issuer.NotYet(new Refused(Message.of("filing.notAcknowledged", round.id()), CLAUSE));
        }
        if (!f.applications().contains(applicationId)) {
            return new Issuer.NotYet(new Refused(Message.of("filing.notListed", applicationId, round.id()), CLAUSE));
        }
        return new Issuer.Found(new IssuingBody.Association(f.associationName(), f.delegationId(),
                f.acknowledgement().get().reference()), f.association());
    }

    /** The body that issues, with the id its signing key is kept under, or why none may issue yet. */
    public sealed interface Issuer permits Issuer.Found, Issuer.NotYet {

        /** @param keyBody "provincial" for the provincial office, else the association's id */
        record Found(IssuingBody body, String keyBody) implements Issuer {
        }

        record NotYet(Refused refused) implements Issuer {
        }
    }
}
