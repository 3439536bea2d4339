package cn.zhicheng.app.cli;

import cn.zhicheng.app.certificate.IssuingKeys;
import cn.zhicheng.core.input.Refusal;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the issuing bodies' keys are kept: {@code --keys DIR}, or by default the folder {@code keys} inside the
 * embedded store's data folder. A PostgreSQL deployment names its keys folder with {@code --keys}: the keys never go
 * into the shared database, and each machine that issues or revokes holds them on its own disk.
 */
final class IssuingKeysOption {

    @Option(names = "--keys", paramLabel = "DIR",
            description = {"签发机构密钥所在目录（默认为数据目录下的 keys；使用 --db 时必须指定）",
                "folder of the issuing bodies' keys (default: keys inside the data folder; required with --db)"})
    Path keys;

    IssuingKeys of(StoreOptions store) {
        if (keys != null) {
            return new IssuingKeys(keys);
        }
        if (store.url != null) {
            throw new UserError(Refusal.of("cli.keys.folder"));
        }
        return new IssuingKeys((store.data != null ? store.data : StoreOptions.DEFAULT_DATA).resolve("keys"));
    }
}
