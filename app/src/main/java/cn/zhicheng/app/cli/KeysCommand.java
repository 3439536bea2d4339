package cn.zhicheng.app.cli;

import cn.zhicheng.app.certificate.IssuingKeys;
import cn.zhicheng.app.service.MakeIssuingKey;
import cn.zhicheng.core.eligibility.Message;
import com.google.inject.Injector;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** The issuing bodies' Ed25519 signing keys (六(六); an association's, 决定 D-12). */
@Command(name = "keys", description = {"签发机构的证书签名密钥（Ed25519） / the issuing bodies' certificate signing keys (Ed25519)",
    "密钥保存在数据目录下的 keys 目录（或 --keys 指定的目录，使用 PostgreSQL 时必须指定）；私钥文件仅所有者可读，从不显示；已有的密钥不会被覆盖。",
    "Keys are kept in the folder keys inside the data folder (or the folder --keys names, required with PostgreSQL);"
        + " the private key file is readable by its owner only and never printed; an existing key is never overwritten."},
        subcommands = {KeysCommand.Init.class, KeysCommand.Export.class})
final class KeysCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    /** Named without one of its subcommands: say which there are, in both languages. */
    @Override
    public Integer call() {
        throw new UserError(cn.zhicheng.core.input.Refusal.of("cli.subcommand.missing", "keys",
                String.join(", ", new picocli.CommandLine(this).getSubcommands().keySet())));
    }

    /** Makes a body's key pair and records it in the audit. */
    @Command(name = "init", description = {"为签发机构生成签名密钥对 / make an issuing body's signing key pair"})
    static final class Init implements Callable<Integer> {

        @ParentCommand
        KeysCommand keys;

        @Mixin
        StoreOptions store;

        @Mixin
        IssuingKeysOption folder;

        @Mixin
        ActingAs actingAs;

        @Option(names = "--body", required = true, paramLabel = "provincial|ASSOCIATION-ID",
                description = {"签发机构：provincial（省人社厅）或协会编号 / issuing body: provincial or an association's id"})
        String body;

        @Override
        public Integer call() {
            Zhicheng top = keys.top;
            IssuingKeys kept = folder.of(store);
            return store.with(db -> Refusing.run(() -> {
                Injector review = top.review(db).createChildInjector(b -> b.bind(IssuingKeys.class).toInstance(kept));
                MakeIssuingKey.Made made = review.getInstance(MakeIssuingKey.class).init(body, actingAs.actor());
                top.language.lines(Message.of("keys.made", made.body(), made.keyId().value(),
                        made.entry().sequence())).forEach(top.output::print);
                return 0;
            }));
        }
    }

    /** Writes a body's public key for verifiers; needs no database. */
    @Command(name = "export", description = {"导出签发机构的公钥（PEM），供他人离线核验证书 / export an issuing body's public key (PEM) for offline verifiers"})
    static final class Export implements Callable<Integer> {

        @ParentCommand
        KeysCommand keys;

        @Mixin
        StoreOptions store;

        @Mixin
        IssuingKeysOption folder;

        @Option(names = "--body", required = true, paramLabel = "provincial|ASSOCIATION-ID",
                description = {"签发机构 / issuing body"})
        String body;

        @Option(names = "--out", required = true, paramLabel = "FILE",
                description = {"写入公钥的新文件（已存在则拒绝） / new file for the public key (an existing one is refused)"})
        Path out;

        @Override
        public Integer call() {
            return Refusing.run(() -> {
                IssuingKeys kept = folder.of(store);
                byte[] pem = kept.publicPem(IssuingKeys.body(body));
                IssuingKeys.publicKey(pem, body);
                Refusing.write(out, pem);
                keys.top.language.lines(Message.of("keys.exported", body, out.toString()))
                        .forEach(keys.top.output::print);
                return 0;
            });
        }
    }
}
