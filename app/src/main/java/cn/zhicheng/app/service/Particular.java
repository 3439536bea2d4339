package cn.zhicheng.app.service;

import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.policy.Text;

/**
 * A free-text particular of an act (the grounds of an objection, the reasons of a resolution, a recommender's
 * remarks), with its name in both languages and its length limit: every text a user gives is bounded.
 */
record Particular(Text name, int limit) {

    static final Particular REMARKS = new Particular(new Text("推荐意见（remarks）", "remarks"), 2000);
    static final Particular GROUNDS = new Particular(new Text("异议理由（grounds）", "grounds"), 2000);
    static final Particular LODGED_BY = new Particular(new Text("异议人（by）", "lodged by"), 200);
    static final Particular REASONS = new Particular(new Text("处理理由（reasons）", "reasons"), 2000);
    static final Particular CORRECTION = new Particular(new Text("补正事项（correct）", "correction"), 500);

    /** The text, stripped; refused when longer than the limit or, if {@code required}, blank. */
    String check(String value, boolean required) {
        String text = value == null ? "" : value.strip();
        if (required && text.isEmpty()) {
            throw new ParticularsRefused(Refusal.of("review.particular.blank", name));
        }
        if (text.length() > limit) {
            throw new ParticularsRefused(Refusal.of("review.particular.tooLong", name, text.length(), limit));
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new ParticularsRefused(Refusal.of("review.particular.control", name));
        }
        return text;
    }
}
