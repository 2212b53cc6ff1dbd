package com.csvendor.portal.contract.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The period rules of a contract, in one place and container-free: the last day it is in force,
 * the days each version is in force over a period, and its settlement cycles. {@code V} is whatever
 * stands for a version — the entity, or the little a dashboard reads of it.
 * <ul>
 * <li>Last day in force: the end date or, when terminated, the day before the termination took
 * effect, whichever is earlier. Nothing is in force, charged or judged after it.</li>
 * <li>Segments: a version is in force from its effective date to the day before the next one's,
 * within the contract's start and last day.</li>
 * <li>Cycles: the first cycle is the calendar cycle (of the version in force on the start) holding
 * the start, whole even when the contract starts inside it; each next cycle starts the day after
 * the previous one ended and ends with the calendar cycle — of the version in force on its first
 * day — holding that day. So a change of settlement cycle by amendment takes effect from the next
 * cycle, and cycles never overlap. The last cycle is the one holding the last day in force.</li>
 * </ul>
 */
public final class ContractDates<V> {

    /** A version: its number, the day it takes effect, its settlement cycle and what stands for it. */
    public record Dated<V>(int number, LocalDate effectiveFrom, SettlementCycle cycle, V version) {

        public Dated {
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
            Objects.requireNonNull(cycle, "cycle");
        }
    }

    /** The days from {@code from} to {@code to} (inclusive) during which one version is in force. */
    public record Segment<V>(int number, V version, LocalDate from, LocalDate to) {
    }

    /** One settlement cycle from {@code start} to {@code end} inclusive: whole, not clipped to the contract. */
    public record Cycle(LocalDate start, LocalDate end) {

        public boolean contains(LocalDate day) {
            return !day.isBefore(start) && !day.isAfter(end);
        }
    }

    private final LocalDate start;
    private final LocalDate lastDay;
    private final List<Dated<V>> versions;

    /** @param versions in order of their effective dates, the first in force from the start */
    public ContractDates(LocalDate start, LocalDate end, ContractStatus status, LocalDate statusSince,
            List<Dated<V>> versions) {
        this.start = Objects.requireNonNull(start, "start");
        this.lastDay = lastDay(end, status, statusSince);
        this.versions = List.copyOf(versions);
        if (this.versions.isEmpty()) {
            throw new IllegalArgumentException("a contract has at least one version");
        }
    }

    /** The last day a contract is in force: its end, or the day before its termination took effect if earlier. */
    public static LocalDate lastDay(LocalDate end, ContractStatus status, LocalDate statusSince) {
        return status == ContractStatus.TERMINATED && statusSince != null && statusSince.isBefore(end.plusDays(1))
                ? statusSince.minusDays(1) : end;
    }

    public LocalDate start() {
        return start;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    /** The version in force on the day; empty before the start. */
    public Optional<Dated<V>> versionOn(LocalDate day) {
        Dated<V> found = null;
        for (Dated<V> v : versions) {
            if (!v.effectiveFrom().isAfter(day)) {
                found = v;
            }
        }
        return day.isBefore(start) ? Optional.empty() : Optional.ofNullable(found);
    }

    /** The versions' days inside both [{@code from}, {@code to}] and the contract's days in force, in date order. */
    public List<Segment<V>> segments(LocalDate from, LocalDate to) {
        List<Segment<V>> out = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            Dated<V> v = versions.get(i);
            LocalDate a = latest(latest(v.effectiveFrom(), start), from);
            LocalDate b = i + 1 < versions.size() ? versions.get(i + 1).effectiveFrom().minusDays(1) : lastDay;
            b = earliest(earliest(b, lastDay), to);
            if (!a.isAfter(b)) {
                out.add(new Segment<>(v.number(), v.version(), a, b));
            }
        }
        return out;
    }

    /**
     * The cycle holding the day; empty when it starts after the last day in force, or the day lies
     * before the first cycle.
     */
    public Optional<Cycle> cycleHolding(LocalDate day) {
        Cycle c = first();
        if (day.isBefore(c.start())) {
            return Optional.empty();
        }
        while (c.end().isBefore(day) && !c.start().isAfter(lastDay)) {
            c = next(c);
        }
        return c.start().isAfter(lastDay) || c.end().isBefore(day) ? Optional.empty() : Optional.of(c);
    }

    /** The cycles sharing a day with [{@code from}, {@code to}], up to the one holding the last day in force. */
    public List<Cycle> cycles(LocalDate from, LocalDate to) {
        List<Cycle> out = new ArrayList<>();
        for (Cycle c = first(); !c.start().isAfter(to) && !c.start().isAfter(lastDay); c = next(c)) {
            if (!c.end().isBefore(from)) {
                out.add(c);
            }
        }
        return out;
    }

    private Cycle first() {
        SettlementCycle kind = versions.get(0).cycle();
        return new Cycle(kind.firstDay(start), kind.lastDay(start));
    }

    private Cycle next(Cycle c) {
        LocalDate day = c.end().plusDays(1);
        return new Cycle(day, versionOn(day).orElse(versions.get(0)).cycle().lastDay(day));
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
