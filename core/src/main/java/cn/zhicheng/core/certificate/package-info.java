/**
 * Title certificates of 六(六) (发放证书): their content, a certificate number, an Ed25519 signature by the issuing
 * body's key over the canonical content, revocation as a separate signed record (决定 D-13), and verification that
 * anyone holding the body's public key can run offline. Pure and deterministic: Ed25519 signs without randomness;
 * keys are made and kept in app.
 */
package cn.zhicheng.core.certificate;
