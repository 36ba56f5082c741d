package io.github.zhifa.core.internal.validation;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Interpolates every message twice, in English ({@link Locale#ROOT}, the default bundles) and in Chinese
 * ({@link Locale#SIMPLIFIED_CHINESE}), joined by {@link #SEPARATOR}, so one validation pass yields both texts.
 * Uses {@link ParameterMessageInterpolator}: no Expression Language implementation is needed.
 */
public final class BilingualInterpolator implements MessageInterpolator {
    /** Separates the English and the Chinese text in an interpolated message. */
    public static final char SEPARATOR = '\u001F';

    private final MessageInterpolator delegate = new ParameterMessageInterpolator();

    /** Creates the interpolator. */
    public BilingualInterpolator() {}

    @Override
    public String interpolate(String messageTemplate, Context context) {
        return delegate.interpolate(messageTemplate, context, Locale.ROOT)
                + SEPARATOR
                + delegate.interpolate(messageTemplate, context, Locale.SIMPLIFIED_CHINESE);
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
        return interpolate(messageTemplate, context);
    }
}
