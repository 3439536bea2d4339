package cn.zhicheng.core.review.committee;

import java.util.List;

/**
 * A review group (评审组) of the session's committee for blind first review and defence (决定 D-8): its number,
 * its members in the order they were dealt, and the applications it reviews.
 */
public record ReviewGroup(int number, List<String> members, List<String> applications) {

    public ReviewGroup {
        members = List.copyOf(members);
        applications = List.copyOf(applications);
    }
}
