package cn.zhicheng.app.batch;

import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.input.Refusal;

/** The criteria in force on the batch's date for a field a record names (by code or Chinese name), or why none. */
@FunctionalInterface
public interface FieldLookup {

    Found lookup(String field);

    /** The criteria, or the refusal when the field is unknown or has no version in force on the date. */
    record Found(FieldCriteria criteria, Refusal refusal) {

        public static Found of(FieldCriteria criteria) {
            return new Found(criteria, null);
        }

        public static Found refused(Refusal refusal) {
            return new Found(null, refusal);
        }
    }
}
