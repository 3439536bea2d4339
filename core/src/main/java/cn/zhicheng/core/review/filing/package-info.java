/**
 * The filing (备案) of 六(六): 公示期满无异议的，由各评审机构将评审结果报省人力资源和社会保障厅备案. An association running a
 * round under a delegation (四, 决定 D-12) files its results with the provincial office, which acknowledges them;
 * only then are certificates issued on them, naming the delegation and the filing. Pure: the app stores and audits.
 */
package cn.zhicheng.core.review.filing;
