package cn.zhicheng.core.review.committee;

import cn.zhicheng.core.policy.Labelled;
import cn.zhicheng.core.policy.Text;

/**
 * What the applicant is to an expert, as the expert declares it: every relation for which 决定 D-9 (reading 七(三)'s
 * 回避 through the recusal rules for public institutions) excludes the expert — spouse, lineal relatives, collateral
 * relatives within three generations, close in-laws. Each relation is listed in both directions (uncle and nephew,
 * spouse's parent and child's spouse), so whichever side of it the expert stands on, it can be declared and it
 * excludes; {@link #inverse()} names the other side.
 */
public enum Kinship implements Labelled {
    SPOUSE("配偶", "spouse"),
    // lineal relatives of every generation
    LINEAL_ASCENDANT("直系长辈（父母、祖父母、外祖父母等）", "lineal ascendant (parent, grandparent, ...)"),
    LINEAL_DESCENDANT("直系晚辈（子女、孙子女、外孙子女等）", "lineal descendant (child, grandchild, ...)"),
    // collateral relatives within three generations
    SIBLING("兄弟姐妹", "sibling"),
    FIRST_COUSIN("堂兄弟姐妹、表兄弟姐妹", "first cousin"),
    UNCLE_OR_AUNT("伯叔姑舅姨", "uncle or aunt"),
    NEPHEW_OR_NIECE("侄子女、甥子女", "nephew or niece"),
    // close in-laws
    SPOUSE_PARENT("配偶的父母", "spouse's parent"),
    CHILD_SPOUSE("子女的配偶", "child's spouse"),
    CHILD_SPOUSE_PARENT("子女配偶的父母", "parent of a child's spouse"),
    SPOUSE_SIBLING("配偶的兄弟姐妹", "spouse's sibling"),
    SIBLING_SPOUSE("兄弟姐妹的配偶", "sibling's spouse"),
    SPOUSE_SIBLING_SPOUSE("配偶的兄弟姐妹的配偶", "spouse of a spouse's sibling"),
    // spouses of collateral relatives within three generations, and the other side of each
    FIRST_COUSIN_SPOUSE("堂表兄弟姐妹的配偶", "first cousin's spouse"),
    SPOUSE_FIRST_COUSIN("配偶的堂表兄弟姐妹", "spouse's first cousin"),
    UNCLE_OR_AUNT_SPOUSE("伯叔姑舅姨的配偶", "spouse of an uncle or aunt"),
    SPOUSE_NEPHEW_OR_NIECE("配偶的侄子女、甥子女", "spouse's nephew or niece"),
    NEPHEW_OR_NIECE_SPOUSE("侄子女、甥子女的配偶", "spouse of a nephew or niece"),
    SPOUSE_UNCLE_OR_AUNT("配偶的伯叔姑舅姨", "spouse's uncle or aunt");

    private final String zh;
    private final String en;

    Kinship(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public Text label() {
        return new Text(zh, en);
    }

    /** The same relation seen from the other person: if A is B's uncle, B is A's nephew. */
    public Kinship inverse() {
        return switch (this) {
            case SPOUSE, SIBLING, FIRST_COUSIN, CHILD_SPOUSE_PARENT, SPOUSE_SIBLING_SPOUSE -> this;
            case LINEAL_ASCENDANT -> LINEAL_DESCENDANT;
            case LINEAL_DESCENDANT -> LINEAL_ASCENDANT;
            case UNCLE_OR_AUNT -> NEPHEW_OR_NIECE;
            case NEPHEW_OR_NIECE -> UNCLE_OR_AUNT;
            case SPOUSE_PARENT -> CHILD_SPOUSE;
            case CHILD_SPOUSE -> SPOUSE_PARENT;
            case SPOUSE_SIBLING -> SIBLING_SPOUSE;
            case SIBLING_SPOUSE -> SPOUSE_SIBLING;
            case FIRST_COUSIN_SPOUSE -> SPOUSE_FIRST_COUSIN;
            case SPOUSE_FIRST_COUSIN -> FIRST_COUSIN_SPOUSE;
            case UNCLE_OR_AUNT_SPOUSE -> SPOUSE_NEPHEW_OR_NIECE;
            case SPOUSE_NEPHEW_OR_NIECE -> UNCLE_OR_AUNT_SPOUSE;
            case NEPHEW_OR_NIECE_SPOUSE -> SPOUSE_UNCLE_OR_AUNT;
            case SPOUSE_UNCLE_OR_AUNT -> NEPHEW_OR_NIECE_SPOUSE;
        };
    }
}
