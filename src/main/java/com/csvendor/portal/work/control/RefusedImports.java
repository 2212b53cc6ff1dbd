package com.csvendor.portal.work.control;

import com.csvendor.portal.kpi.entity.ImportStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The refused KPI imports a vendor lead still has to fix: REJECTED or FAILED, not run again (a rerun
 * is a newer import that stands for itself), and not made good by a later import of the same store
 * that was published (or found already published) and covers the refused file's days — or, when the
 * refused file named no days (it could not be read), any later published import of that store.
 */
public final class RefusedImports {

    private RefusedImports() {
    }

    /** What the rule needs of an import. {@code first}/{@code last}: its business days, null when unknown. */
    public record Fact(long id, ImportStatus status, String storeCode, Instant uploadedAt, LocalDate first,
            LocalDate last, Long rerunOf) {

        boolean refused() {
            return status == ImportStatus.REJECTED || status == ImportStatus.FAILED;
        }

        boolean published() {
            return status == ImportStatus.PUBLISHED || status == ImportStatus.DUPLICATE;
        }
    }

    /** The refused imports among {@code imports} that are still to fix, in the order given. */
    public static List<Fact> toFix(List<Fact> imports) {
        return imports.stream().filter(Fact::refused).filter(r -> imports.stream().noneMatch(later -> fixes(later, r)))
                .toList();
    }

    private static boolean fixes(Fact later, Fact refused) {
        if (later.id() == refused.id()) {
            return false;
        }
        if (refused.id() == (later.rerunOf() == null ? -1 : later.rerunOf())) {
            return true;
        }
        return later.published() && later.storeCode() != null && later.storeCode().equals(refused.storeCode())
                && later.uploadedAt().isAfter(refused.uploadedAt()) && covers(later, refused);
    }

    private static boolean covers(Fact later, Fact refused) {
        if (refused.first() == null || refused.last() == null) {
            return true;
        }
        return later.first() != null && later.last() != null && !later.first().isAfter(refused.first())
                && !later.last().isBefore(refused.last());
    }
}
