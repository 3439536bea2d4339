package cn.zhicheng.core.spi;

import cn.zhicheng.core.policy.Values;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The root of an annex YAML file: the schema version it is written for ({@link SchemaVersion}, judged before the
 * rest by the loader), its header and the fields it declares.
 */
public record AnnexDescriptor(String schema, @NotNull @Valid AnnexHeader annex, @NotEmpty List<@NotNull @Valid FieldDeclaration> fields) {

    public AnnexDescriptor {
        fields = Values.list(fields);
    }
}
