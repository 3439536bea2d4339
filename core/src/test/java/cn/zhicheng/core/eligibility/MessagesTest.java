package cn.zhicheng.core.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertEquals(load("cn/zhicheng/core/messages_zh_CN.properties").keySet(),
                load("cn/zhicheng/core/messages_en.properties").keySet());
        assertEquals(load("ValidationMessages_zh_CN.properties").keySet(),
                load("ValidationMessages_en.properties").keySet());
    }
}
