package cn.zhicheng.app.cli;

import cn.zhicheng.app.certificate.IssuingKeys;
import cn.zhicheng.app.service.ActResult;
import cn.zhicheng.app.service.IssueCertificate;
import cn.zhicheng.core.eligibility.Message;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** 六(六) 发放证书: the provincial office issues the certificate once the result publicity ended without objection. */
@Command(name = "certify", description = {"结果公示期满无异议后颁发职称证书（六(六)） / issue the certificate after the result publicity ends without objection (六(六))",
    "由省人社厅办理：--as provincial_office:编号；协会评审的结果须先备案并经确认。",
    "Taken by the provincial office: --as provincial_office:ID; an association's results are filed and acknowledged first."})
final class CertifyCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Mixin
    StoreOptions store;

    @Mixin
    IssuingKeysOption folder;

    @Mixin
    ActingAs actingAs;

    @Parameters(paramLabel = "APPLICATION", description = {"申报编号 / application id"})
    String application;

    @Override
    public Integer call() {
        IssuingKeys keys = folder.of(store);
        return store.with(db -> Refusing.run(() -> {
            IssueCertificate service = top.review(db).createChildInjector(b -> b.bind(IssuingKeys.class)
                    .toInstance(keys)).getInstance(IssueCertificate.class);
            ActResult result = service.certify(application, actingAs.actor());
            int exit = ActPrinter.print(top, result);
            if (result instanceof ActResult.Done done) {
                service.numberOf(application).ifPresent(number -> top.language.lines(Message.of(
                        "certificate.issued", number, done.entry().act().document().orElseThrow().sha256()))
                        .forEach(top.output::print));
            }
            return exit;
        }));
    }
}
