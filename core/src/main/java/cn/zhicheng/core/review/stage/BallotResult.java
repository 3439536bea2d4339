package cn.zhicheng.core.review.stage;

/** What the committee's secret vote decided for an application (六(四)); the tally itself is the committee's. */
public enum BallotResult { PASSED, FAILED }
