package cn.zhicheng.core.calendar;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.eligibility.Message;
import java.time.LocalDate;

/**
 * The bar on applying after a title obtained by fraud is revoked (Order No. 40, 人社部发〔2024〕56号; 决定 D-13): three
 * years counted as the Civil Code counts periods (决定 D-22) from the revocation date — the revocation day is not
 * counted, the years end on the corresponding day three years later (or that month's last day when it has none:
 * a revocation on 2024-02-29 bars through 2027-02-28). The person is barred through that day and free to apply from
 * the next. The date checked is the day the application is submitted.
 *
 * @param decisionReference the revocation decision's reference, named in the refusal
 */
public record FraudBar(LocalDate revokedOn, String decisionReference) {

    /** 决定 D-13: three years. */
    public static final int YEARS = 3;

    public FraudBar {
        requireNonNull(revokedOn, "revokedOn is null");
        requireNonNull(decisionReference, "decisionReference is null");
        if (decisionReference.isBlank()) {
            throw new IllegalArgumentException("a revocation names its decision");
        }
    }

    /** The last day of the bar. */
    public LocalDate lastBarredDay() {
        // plusYears keeps the day of month and falls back to the month's last day, as 民法典 第二百零二条 reads
        return revokedOn.plusYears(YEARS);
    }

    /** The first day a new application is accepted. */
    public LocalDate firstFreeDay() {
        return lastBarredDay().plusDays(1);
    }

    /** Whether an application submitted on {@code applicationDate} is barred, and until when. */
    public Check check(LocalDate applicationDate) {
        requireNonNull(applicationDate, "applicationDate is null");
        if (!applicationDate.isBefore(revokedOn) && !applicationDate.isAfter(lastBarredDay())) {
            return new Barred(lastBarredDay(), firstFreeDay(), Message.of("calendar.fraudBar.barred",
                    applicationDate, revokedOn, decisionReference, lastBarredDay(), firstFreeDay()));
        }
        return new Clear(Message.of("calendar.fraudBar.clear", applicationDate, revokedOn, lastBarredDay()));
    }

    /** The answer of {@link #check}. */
    public sealed interface Check permits Barred, Clear {
        Message message();
    }

    /** The application is refused: barred through {@code lastBarredDay}, free from {@code firstFreeDay}. */
    public record Barred(LocalDate lastBarredDay, LocalDate firstFreeDay, Message message) implements Check {
    }

    /** The bar does not apply on the date checked. */
    public record Clear(Message message) implements Check {
    }
}
