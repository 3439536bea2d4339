package cn.zhicheng.app.cli;

import cn.zhicheng.app.certificate.IssuingKeys;
import cn.zhicheng.app.service.RequestAppeal;
import cn.zhicheng.app.service.RevokeCertificate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** 决定 D-13: the provincial office revokes a title obtained by fraud; the holder is barred for three years. */
@Command(name = "revoke", description = {"撤销以弄虚作假取得的职称（决定 D-13） / revoke a title obtained by fraud (决定 D-13)",
    "证书状态改为已撤销，生成签名撤销记录，持证人自撤销之日起3年内不得申报。--as provincial_office:编号。",
    "The certificate becomes revoked, a signed revocation is made, and the holder may not apply for 3 years. --as provincial_office:ID."})
final class RevokeCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Mixin
    StoreOptions store;

    @Mixin
    IssuingKeysOption folder;

    @Mixin
    ActingAs actingAs;

    @Parameters(paramLabel = "CERT-NUMBER", description = {"证书编号 / certificate number"})
    String number;

    @Option(names = "--decision", required = true, paramLabel = "REF",
            description = {"认定弄虚作假的决定文号 / reference of the decision finding fraud"})
    String decision;

    @Option(names = "--reason", required = true, paramLabel = "TEXT",
            description = {"撤销理由（至多2000字） / reason (at most 2000 characters)"})
    String reason;

    @Override
    public Integer call() {
        String ref = Refusing.text("--decision", decision, RevokeCertificate.LONGEST_DECISION);
        String why = Refusing.text("--reason", reason, RequestAppeal.LONGEST_TEXT);
        IssuingKeys keys = folder.of(store);
        return store.with(db -> Refusing.run(() -> ActPrinter.print(top, top.review(db)
                .createChildInjector(b -> b.bind(IssuingKeys.class).toInstance(keys))
                .getInstance(RevokeCertificate.class).revoke(number, ref, why, actingAs.actor()))));
    }
}
