package kz.qorgau.agencies;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RegionCode;

/**
 * Who licenses an agency: whoever holds the licensing permission for the agency's region (national scope: every
 * region). The register itself is national: every user of it reads every agency.
 */
final class LicensingScope {

    private LicensingScope() {
    }

    static boolean licenses(QorgauUser user, String region) {
        return user.may(Permission.AGENCIES_LICENSE) && (user.nationalScope() || user.covers(RegionCode.of(region)));
    }
}
