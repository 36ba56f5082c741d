package io.github.zhifa.review;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a rule applies or a case is decided: a region and optionally a department. The region is {@code CN} for the
 * whole country or a 6-digit administrative division code (GB/T 2260): {@code 500000} is a province-level region
 * and covers every code starting {@code 50}; {@code 511700} is a prefecture and covers {@code 5117xx}. Immutable.
 *
 * @param region {@code CN} or a 6-digit code
 * @param department the department (e.g. {@code 公安}), or empty for every department
 */
public record Jurisdiction(String region, Optional<String> department) {
    /** The whole country, every department. */
    public static final Jurisdiction NATIONAL = new Jurisdiction("CN", Optional.empty());

    /**
     * Validates the components.
     *
     * @param region the region
     * @param department the department
     * @throws IllegalArgumentException if the region is neither {@code CN} nor 6 digits, or the department is blank
     */
    public Jurisdiction {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(department, "department");
        if (!isValidRegion(region)) {
            throw new IllegalArgumentException("region must be CN or a 6-digit division code: " + region);
        }
        if (department.isPresent() && department.get().isBlank()) {
            throw new IllegalArgumentException("department must not be blank");
        }
    }

    /**
     * A jurisdiction from a region and a department.
     *
     * @param region {@code CN} or a 6-digit code
     * @param department the department, or null for every department
     * @return the jurisdiction
     */
    public static Jurisdiction of(String region, String department) {
        return new Jurisdiction(region, Optional.ofNullable(department));
    }

    /**
     * Whether a text is a valid region: {@code CN} or 6 digits.
     *
     * @param region the text
     * @return true if valid
     */
    public static boolean isValidRegion(String region) {
        return "CN".equals(region) || region.matches("[0-9]{6}");
    }

    /**
     * How many leading digits of the region are significant: 0 for {@code CN}, 2 for a province, 4 for a prefecture,
     * 6 for a county.
     *
     * @return the level
     */
    public int regionDigits() {
        if ("CN".equals(region)) {
            return 0;
        }
        if (region.endsWith("0000")) {
            return 2;
        }
        return region.endsWith("00") ? 4 : 6;
    }

    /**
     * Whether this jurisdiction (of a rule) covers a case decided in another.
     *
     * @param place where the case is decided
     * @return true if the region covers the place's region and the department, if any, is the place's
     */
    public boolean covers(Jurisdiction place) {
        Objects.requireNonNull(place, "place");
        int digits = regionDigits();
        if (digits > 0 && ("CN".equals(place.region) || !place.region.startsWith(region.substring(0, digits)))) {
            return false;
        }
        return department.isEmpty() || department.equals(place.department);
    }

    /**
     * How specific this jurisdiction is: a department outranks a region, and a finer region outranks a coarser one.
     *
     * @return a rank, higher is more specific
     */
    public int specificity() {
        return (department.isPresent() ? 10 : 0) + regionDigits();
    }

    @Override
    public String toString() {
        return department.map(d -> region + "/" + d).orElse(region);
    }
}
