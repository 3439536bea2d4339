package cn.zhicheng.app.cli;

import cn.zhicheng.app.certificate.QrCode;
import cn.zhicheng.app.service.CertificateRegister;
import cn.zhicheng.app.store.IssuedCertificates;
import cn.zhicheng.core.certificate.CertificateContent;
import cn.zhicheng.core.certificate.Certificates;
import cn.zhicheng.core.certificate.IssuingBody;
import cn.zhicheng.core.eligibility.Message;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Issued certificates (六(六)): shown, exported as the signed file, as a QR code, and revocation lists (决定 D-13). */
@Command(name = "certificate", description = {"查看、导出已颁发的职称证书 / show and export issued certificates"},
        subcommands = {CertificateCommand.Show.class, CertificateCommand.Export.class, CertificateCommand.Qr.class,
            CertificateCommand.Revocations.class})
final class CertificateCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    /** Named without one of its subcommands: say which there are, in both languages. */
    @Override
    public Integer call() {
        throw new UserError(cn.zhicheng.core.input.Refusal.of("cli.subcommand.missing", "certificate",
                String.join(", ", new picocli.CommandLine(this).getSubcommands().keySet())));
    }

    /** The shared shape: open the store, find the certificate, do one thing with it. */
    abstract static class OnOne implements Callable<Integer> {

        @ParentCommand
        CertificateCommand parent;

        @Mixin
        StoreOptions store;

        @Parameters(paramLabel = "NUMBER", description = {"证书编号，如 JL-2026-ENG-I-000001 / certificate number"})
        String number;

        <T> T withCertificate(Function<IssuedCertificates.Stored, T> work) {
            return store.with(db -> work.apply(parent.top.review(db).getInstance(CertificateRegister.class)
                    .find(number)));
        }
    }

    @Command(name = "show", description = {"显示证书内容与状态（身份证号已遮蔽） / show a certificate and its status (ID number masked)"})
    static final class Show extends OnOne {
        @Override
        public Integer call() {
            return withCertificate(c -> {
                Zhicheng top = parent.top;
                CertificateContent content = c.certificate().content();
                String issuer = content.issuer() instanceof IssuingBody.Association a
                        ? top.language.of(a.name()) + " (" + a.delegation() + ", " + a.filing() + ")"
                        : top.language.of(content.issuer().name());
                top.language.lines(Message.of("certificate.show", content.number().value(), content.holder().name(),
                        content.holder().maskedIdNumber(), content.title().label(), content.field().name(), issuer,
                        content.session(), content.issuedOn().toString(), c.certificate().keyId().value()))
                        .forEach(top.output::print);
                if (c.revocation().isPresent()) {
                    IssuedCertificates.Revoked r = c.revocation().get();
                    top.language.lines(Message.of("certificate.status.revoked", r.on().toString(), r.decision(),
                            r.reason())).forEach(top.output::print);
                } else {
                    top.language.lines(Message.of("certificate.status.valid")).forEach(top.output::print);
                }
                return 0;
            });
        }
    }

    @Command(name = "export", description = {"导出带签名的证书文件，供离线核验 / export the signed certificate file for offline verification"})
    static final class Export extends OnOne {

        @Option(names = "--out", required = true, paramLabel = "FILE",
                description = {"写入证书文件的新文件 / new file for the certificate"})
        Path out;

        @Override
        public Integer call() {
            return withCertificate(c -> {
                Refusing.write(out, Certificates.file(c.certificate()));
                parent.top.language.lines(Message.of("certificate.exported", number, out.toString()))
                        .forEach(parent.top.output::print);
                return 0;
            });
        }
    }

    @Command(name = "qr", description = {"导出携带签名串的二维码（PNG） / export the QR code (PNG) carrying the signed string"})
    static final class Qr extends OnOne {

        @Option(names = "--out", required = true, paramLabel = "FILE.png",
                description = {"写入二维码的新 PNG 文件 / new PNG file for the QR code"})
        Path out;

        @Override
        public Integer call() {
            return withCertificate(c -> {
                Refusing.write(out, QrCode.png(c.certificate().signedString()));
                parent.top.language.lines(Message.of("certificate.exported", number, out.toString()))
                        .forEach(parent.top.output::print);
                return 0;
            });
        }
    }

    @Command(name = "revocations", description = {"导出签发机构的撤销清单（每行一条签名撤销记录） / export an issuing body's revocation list (one signed revocation a line)"})
    static final class Revocations implements Callable<Integer> {

        @ParentCommand
        CertificateCommand parent;

        @Mixin
        StoreOptions store;

        @Option(names = "--body", required = true, paramLabel = "provincial|ASSOCIATION-ID",
                description = {"签发机构 / issuing body"})
        String body;

        @Option(names = "--out", required = true, paramLabel = "FILE",
                description = {"写入撤销清单的新文件 / new file for the list"})
        Path out;

        @Override
        public Integer call() {
            return store.with(db -> Refusing.run(() -> {
                var lines = parent.top.review(db).getInstance(CertificateRegister.class).revocations(body);
                Refusing.write(out, String.join("", lines.stream().map(l -> l + "\n").toList())
                        .getBytes(StandardCharsets.US_ASCII));
                parent.top.language.lines(Message.of("certificate.revocationsExported", body, lines.size(),
                        out.toString())).forEach(parent.top.output::print);
                return 0;
            }));
        }
    }
}
