package cn.zhicheng.core.applicant.validation;

import java.util.Set;

/**
 * The province-level divisions of GB/T 2260 by their two-digit prefix: the first two digits of every region code
 * and of every resident ID number. A code starting otherwise (99, 00, 24...) names no place in China.
 */
public final class Provinces {

    private static final Set<String> PREFIXES = Set.of(
            "11", "12", "13", "14", "15",                   // 北京 天津 河北 山西 内蒙古
            "21", "22", "23",                               // 辽宁 吉林 黑龙江
            "31", "32", "33", "34", "35", "36", "37",       // 上海 江苏 浙江 安徽 福建 江西 山东
            "41", "42", "43", "44", "45", "46",             // 河南 湖北 湖南 广东 广西 海南
            "50", "51", "52", "53", "54",                   // 重庆 四川 贵州 云南 西藏
            "61", "62", "63", "64", "65",                   // 陕西 甘肃 青海 宁夏 新疆
            "71", "81", "82");                              // 台湾 香港 澳门

    private Provinces() {
    }

    /** Whether {@code code} starts with the prefix of a province-level division. */
    public static boolean exists(String code) {
        return code != null && code.length() >= 2 && PREFIXES.contains(code.substring(0, 2));
    }
}
