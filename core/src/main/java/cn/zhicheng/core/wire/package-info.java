/**
 * The wire forms of signed and chained documents (audit entries, traces, certificates): a strict JSON parser and a
 * reader that names the path of the first problem, in the manner of {@code DecisionJson}'s reader. What is written
 * is always {@link cn.zhicheng.core.decision.CanonicalJson}; what is read must come back to the same bytes.
 */
package cn.zhicheng.core.wire;
