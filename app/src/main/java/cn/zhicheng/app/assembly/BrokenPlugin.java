package cn.zhicheng.app.assembly;

import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.InputRejected;
import cn.zhicheng.core.policy.Text;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Why a jar's provider was refused, in Chinese and English, naming the jar and the services-file line. */
final class BrokenPlugin {

    /** How {@link java.util.ServiceLoader} words its failures (stable since Java 9). */
    private static final Pattern PROVIDER = Pattern.compile(
            "(?:Provider )?([\\w.$]+) (not found|not a subtype|could not be instantiated)");

    private BrokenPlugin() {
    }

    static InputRejected refused(String where, int line, Text reason) {
        return new InputRejected(List.of(new InputProblem(where, line > 0 ? PluginJar.SERVICES : "", line, reason)));
    }

    static InputRejected misconfigured(String where, ServiceConfigurationError e, ToIntFunction<String> lineOf) {
        Matcher m = PROVIDER.matcher(String.valueOf(e.getMessage()));
        if (!m.find()) {
            return refused(where, 0, new Text("附件模块登记有误：" + reason(e),
                    "annex provider registration is broken: " + reason(e)));
        }
        String name = m.group(1);
        int line = lineOf.applyAsInt(name);
        return switch (m.group(2)) {
            case "not found" -> refused(where, line, new Text(
                    "登记的附件模块类 " + name + " 不存在", "registers class " + name + ", which does not exist"));
            case "not a subtype" -> refused(where, line, new Text(
                    "登记的类 " + name + " 没有实现 AnnexProvider",
                    "registers class " + name + ", which does not implement AnnexProvider"));
            default -> refused(where, line, new Text(
                    "附件模块 " + name + " 创建时出错：" + reason(e.getCause() == null ? e : e.getCause()),
                    "annex provider " + name + " failed when created: "
                            + reason(e.getCause() == null ? e : e.getCause())));
        };
    }

    /** The failure's own words; its type only when it gave none. */
    static String reason(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }
}
