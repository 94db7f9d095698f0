package kz.qorgau.identity;

/**
 * Users who sign in without a second factor although their roles require one. Production has none: only demo mode
 * provides one, for the demo users its operator names ({@code qorgau.demo.second-factor-exempt}).
 */
public interface SecondFactorExemptions {

    boolean exempt(String username);
}
