package cn.zhicheng.core.decision;

import cn.zhicheng.core.criteria.LevelCriteria;
import cn.zhicheng.core.policy.Field;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The SHA-256 of exactly the criteria applied at one level of a field: the field's identity, the resolved ladder
 * (series baseline with the annex's tightening), the paths derived for 五(二)2, the achievements and the score
 * scheme, in canonical JSON. Effective dates are not part of it, so closing a version's window when a later version
 * arrives leaves the pins of earlier decisions intact.
 */
public final class CriteriaDigest {

    private CriteriaDigest() {
    }

    public static String of(Field field, LevelCriteria criteria) {
        ObjectNode node = WireJson.MAPPER.createObjectNode();
        node.put("field", field.code());
        node.put("series", field.series().name());
        node.put("annex", field.annex().ref());
        node.set("criteria", WireJson.MAPPER.valueToTree(criteria));
        return CanonicalJson.sha256(node);
    }
}
