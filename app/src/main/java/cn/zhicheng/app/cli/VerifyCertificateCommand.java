package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.VerifyCertificate;
import cn.zhicheng.core.certificate.CertificateCheck;
import cn.zhicheng.core.input.Refusal;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Verifies a certificate offline (六(六)), without the database: the certificate file (from {@code certificate
 * export}) or its signed string (as the QR code carries it), against the issuing body's public key, and against a
 * revocation list when given (决定 D-13). Exit 0 when valid, 2 when revoked, altered, signed by another key or not a
 * certificate.
 */
@Command(name = "verify-certificate", description = {"离线核验职称证书（无需数据库） / verify a certificate offline, without the database",
    "有效时退出码为 0；已撤销、被改动、非该机构签名或无法读取时为 2。",
    "Exit 0 when valid; 2 when revoked, altered, signed by another key, or unreadable."})
final class VerifyCertificateCommand implements Callable<Integer> {

    /** A signed string is a few kilobytes; anything much longer is not one. */
    private static final int LONGEST_SIGNED = 16_384;

    @ParentCommand
    Zhicheng top;

    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = {"certificate export 导出的证书文件 / the certificate file from certificate export"})
    Path file;

    @Option(names = "--signed", paramLabel = "STRING",
            description = {"证书签名串（二维码内容） / the certificate's signed string (what the QR code carries)"})
    String signed;

    @Option(names = "--public-key", required = true, paramLabel = "FILE",
            description = {"签发机构的公钥（keys export 导出） / the issuing body's public key (from keys export)"})
    Path publicKey;

    @Option(names = "--revocations", paramLabel = "FILE",
            description = {"签发机构的撤销清单（certificate revocations 导出） / the body's revocation list"})
    Path revocations;

    @Override
    public Integer call() {
        if ((file == null) == (signed == null)) {
            throw new UserError(Refusal.of("cli.verify.oneOf"));
        }
        if (signed != null && signed.length() > LONGEST_SIGNED) {
            throw new UserError(Refusal.of("cli.text.tooLong", "--signed", signed.length(), LONGEST_SIGNED));
        }
        return Refusing.run(() -> {
            CertificateCheck check = VerifyCertificate.check(new VerifyCertificate.Presented(
                    Optional.ofNullable(file).map(ApplicantFiles::bytes), Optional.ofNullable(signed),
                    ApplicantFiles.bytes(publicKey), publicKey.toString(),
                    Optional.ofNullable(revocations).map(ApplicantFiles::bytes)));
            top.language.lines(check.message()).forEach(check instanceof CertificateCheck.Valid
                    ? top.output::print : top.output::problem);
            return check instanceof CertificateCheck.Valid ? 0 : 2;
        });
    }
}
