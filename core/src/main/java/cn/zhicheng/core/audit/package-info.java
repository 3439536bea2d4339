/**
 * The audit trail of 七(二) (确保每个环节可以追溯倒查): every act on an application, done or refused, is an
 * append-only entry in one hash chain, so that a changed, missing, reordered or forked entry is found and named,
 * and the complete trace of one application can be exported and checked by a third party without the database.
 * Pure: the instant of an act comes in as an argument (stored in UTC, 决定 D-14).
 */
package cn.zhicheng.core.audit;
