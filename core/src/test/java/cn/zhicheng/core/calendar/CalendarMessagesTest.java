package cn.zhicheng.core.calendar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.eligibility.Messages;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every message of this package renders in both languages with all its arguments in place. */
class CalendarMessagesTest {

    @Test
    void everyCalendarMessageRendersWithItsArgumentsInBothLanguages() {
        ResourceBundle en = ResourceBundle.getBundle("cn.zhicheng.core.messages", Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<String> keys = en.keySet().stream().filter(k -> k.startsWith("calendar.")).sorted().toList();
        assertTrue(keys.size() >= 30, "calendar keys: " + keys.size());
        for (String key : keys) {
            Message message = Message.of(key, "A0", "A1", "A2", "A3", "A4", "A5");
            for (Locale locale : List.of(Messages.ZH, Messages.EN)) {
                String text = Messages.render(message, locale);
                // a quote MessageFormat swallowed would leave a placeholder unreplaced or drop text after it
                assertFalse(text.contains("{") || text.contains("}"), key + " in " + locale + ": " + text);
            }
        }
    }
}
