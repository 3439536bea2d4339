package cn.zhicheng.app.store;

import cn.zhicheng.app.service.ActResult;
import cn.zhicheng.app.service.Submission;
import cn.zhicheng.app.service.SubmitApplication;
import cn.zhicheng.app.service.WithdrawApplication;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Role;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * A batch run in a process of its own, to be killed (SIGKILL) in the middle: it submits applications one after the
 * other (after those already stored) and withdraws each right after, printing a line after every act. Arguments: {@code h2 FOLDER} or
 * {@code url JDBC-URL}, and how many applications.
 */
public final class CrashBatch {

    private CrashBatch() {
    }

    public static void main(String[] args) {
        int count = Integer.parseInt(args[2]);
        try (Database db = args[0].equals("h2") ? Database.openFolder(java.nio.file.Path.of(args[1]))
                : Database.open(args[1], "postgres", "postgres")) {
            if (db.jdbi().withHandle(h -> new Rounds().find(h, StoreContract.ROUND.id())).isEmpty()) {
                db.jdbi().useTransaction(h -> new Rounds().save(h, StoreContract.ROUND));
            }
            Clock clock = Clock.fixed(StoreContract.DURING, ZoneOffset.UTC);
            SubmitApplication submit = new SubmitApplication(db, clock);
            WithdrawApplication withdraw = new WithdrawApplication(db, clock);
            // a run after a kill carries on after the applications already stored
            int start = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM application")
                    .mapTo(Integer.class).one()) + 1;
            for (int i = start; i < start + count; i++) {
                String id = "crash-" + i;
                Actor applicant = Actor.of("applicant-" + i, Role.APPLICANT);
                ActResult s = submit.submit(new Submission(id, StoreContract.ROUND.id(), "AI", Level.INTERMEDIATE,
                        StoreContract.DOSSIER), applicant);
                System.out.println("submitted " + i + " " + (s instanceof ActResult.Done));
                ActResult w = withdraw.withdraw(id, applicant);
                System.out.println("withdrawn " + i + " " + (w instanceof ActResult.Done));
                System.out.flush();
            }
        }
    }
}
