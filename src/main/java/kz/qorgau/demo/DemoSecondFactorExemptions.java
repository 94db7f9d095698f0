package kz.qorgau.demo;

import java.util.List;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import kz.qorgau.identity.SecondFactorExemptions;
import kz.qorgau.system.DeploymentMode;
import kz.qorgau.system.SystemSettings;

/**
 * Demo mode only (the bean does not exist in production): the demo users its operator exempts from the second
 * factor ({@code qorgau.demo.second-factor-exempt}), to try the demo without a phone.
 */
@Component
@Conditional(DeploymentMode.DemoCondition.class)
class DemoSecondFactorExemptions implements SecondFactorExemptions {

    private final SystemSettings settings;

    DemoSecondFactorExemptions(SystemSettings settings) {
        this.settings = settings;
    }

    @Override
    public boolean exempt(String username) {
        return exempted(settings.demo().secondFactorExempt(), username);
    }

    /** The exemption rule: a user named in the list, or every demo user for {@code *}. */
    static boolean exempted(List<String> exempt, String username) {
        return exempt.contains(username) || (exempt.contains("*") && DemoAccounts.USERNAMES.contains(username));
    }
}
