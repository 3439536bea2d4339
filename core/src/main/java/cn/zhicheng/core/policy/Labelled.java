package cn.zhicheng.core.policy;

/** A policy term with its Chinese and English name. */
public interface Labelled {
    Text label();
}
