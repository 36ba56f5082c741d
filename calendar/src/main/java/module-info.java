/**
 * The official Chinese working-day calendar and legal period (deadline) arithmetic.
 *
 * <p>Depends on the JDK only, so that a test suite needing working-day arithmetic pulls in one small jar.
 */
module io.github.zhifa.calendar {
    exports io.github.zhifa.calendar;
}
