/**
 * 标准审查 — the static checks of loaded criteria, before any applicant is decided: levels no path can reach,
 * paths another path makes redundant, thresholds out of order between levels (决定 D-21), green channels (五(二)) no
 * criterion lets act, dated versions that overlap or leave gaps, and cases that exercise no channel. Each flaw
 * carries a message key and arguments, so one report reads in Chinese and English; the same criteria give the same
 * report, flaw for flaw, in the same order.
 */
package cn.zhicheng.core.scrutiny;
