package cn.zhicheng.core.criteria;

import cn.zhicheng.core.policy.Text;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * An achievement a level asks for, shown by representative works (五(二)3). Declared in an annex's YAML under
 * {@code type}: {@code works}, {@code sales}, {@code fans} or {@code serviceHours}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = WorksAchievement.class, name = "works"),
    @JsonSubTypes.Type(value = SalesAchievement.class, name = "sales"),
    @JsonSubTypes.Type(value = FanAchievement.class, name = "fans"),
    @JsonSubTypes.Type(value = ServiceHoursAchievement.class, name = "serviceHours")
})
public sealed interface Achievement extends Cited
        permits WorksAchievement, SalesAchievement, FanAchievement, ServiceHoursAchievement {

    /** What the requirement is, in words, e.g. 参与完成专业项目 ≥ 1 项. */
    Text name();

    /** Whether meeting this achievement shows work as principal (主持, 主要完成人), as 决定 D-21 counts it. */
    default boolean asPrincipal() {
        return false;
    }
}
