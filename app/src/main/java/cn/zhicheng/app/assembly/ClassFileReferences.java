package cn.zhicheng.app.assembly;

import java.nio.ByteBuffer;
import java.nio.BufferUnderflowException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of Zhicheng's classes a compiled class mentions, read from its constant pool (JVMS §4.4): class
 * references, field and method descriptors, and string constants such as a name handed to {@code Class.forName}.
 * Reading the pool needs no class loading, so a plugin's reach into the engine is found before any of its code runs.
 */
final class ClassFileReferences {

    private static final int MAGIC = 0xCAFEBABE;
    private static final Pattern NAME = Pattern.compile("cn[/.]zhicheng[/.][A-Za-z0-9_$/.]*[A-Za-z0-9_$]");

    private ClassFileReferences() {
    }

    /** The project class names mentioned, dotted and sorted; empty when the bytes are not a class file. */
    static Optional<Set<String>> of(byte[] classFile) {
        try {
            ByteBuffer in = ByteBuffer.wrap(classFile);
            if (in.getInt() != MAGIC) {
                return Optional.empty();
            }
            in.getShort(); // minor version
            in.getShort(); // major version
            int count = Short.toUnsignedInt(in.getShort());
            Set<String> names = new TreeSet<>();
            for (int i = 1; i < count; i++) {
                int tag = Byte.toUnsignedInt(in.get());
                switch (tag) {
                    case 1 -> {
                        byte[] utf8 = new byte[Short.toUnsignedInt(in.getShort())];
                        in.get(utf8);
                        Matcher m = NAME.matcher(new String(utf8, StandardCharsets.UTF_8));
                        while (m.find()) {
                            names.add(m.group().replace('/', '.'));
                        }
                    }
                    case 7, 8, 16, 19, 20 -> in.position(in.position() + 2);
                    case 15 -> in.position(in.position() + 3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.position(in.position() + 4);
                    case 5, 6 -> {
                        in.position(in.position() + 8);
                        i++; // a long or double takes two entries of the pool
                    }
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            return Optional.of(names);
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
