package cn.zhicheng.core.criteria;

/**
 * Whether a criterion is the official text or our provisional stand-in for an annex text we do not have
 * (决定 D-11). Every explanation resting on a provisional criterion says so.
 */
public enum Status {
    official,
    provisional
}
