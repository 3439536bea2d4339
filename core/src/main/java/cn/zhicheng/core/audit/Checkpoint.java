package cn.zhicheng.core.audit;

import cn.zhicheng.core.wire.WireReader;

/**
 * The number and hash of a chain's head, recorded outside the database (printed in a filing, sent to the provincial
 * office). A hash chain alone cannot tell that its last entries were cut off; checked against a checkpoint, it can.
 */
public record Checkpoint(long sequence, String hash) {

    public Checkpoint {
        if (sequence < 0 || !WireReader.isSha256(hash)) {
            throw new IllegalArgumentException("a checkpoint is an entry number and a SHA-256");
        }
    }

    public static Checkpoint of(AuditEntry head) {
        return new Checkpoint(head.sequence(), head.hash());
    }
}
