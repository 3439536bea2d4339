package cn.zhicheng.core.review.committee;

import cn.zhicheng.core.eligibility.Message;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Who of the committee is present at the session's vote (决定 D-7: the quorum counts the members present, 决定 D-9).
 * Both sets are sorted by member id: the roll records presence, not arrival.
 */
public record Attendance(CommitteeSize size, SortedSet<String> members, SortedSet<String> present) {

    public Attendance {
        members = Collections.unmodifiableSortedSet(new TreeSet<>(members));
        present = Collections.unmodifiableSortedSet(new TreeSet<>(present));
        if (members.size() != size.members()) {
            throw new IllegalArgumentException("the committee has " + members.size() + " members, its size is "
                    + size.members());
        }
        for (String p : present) {
            if (!members.contains(p)) {
                throw new Refused(Message.of("committee.attendance.notMember", p), CommitteeSize.CLAUSES);
            }
        }
    }

    /** The roll of a drawn committee. */
    public static Attendance of(DrawResult committee, java.util.Set<String> present) {
        return new Attendance(committee.size(), new TreeSet<>(committee.committee()), new TreeSet<>(present));
    }

    public boolean quorate() {
        return size.quorate(present.size());
    }
}
