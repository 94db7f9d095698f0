package kz.qorgau.hotline;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.qorgau.shared.Permission;
import kz.qorgau.system.NavigationItem;
import kz.qorgau.system.WorkQueue;

/**
 * The hotline's place in the menu and its work queues: for operators, the requests and reports awaiting a follow-up;
 * for the police, the hotline's notifications awaiting their answer and those past the deadline.
 */
@Configuration(proxyBeanMethods = false)
class HotlineQueues {

    @Bean
    NavigationItem hotlineNavigationItem() {
        return new NavigationItem("nav.hotline", "/hotline", "telephone", Permission.HOTLINE, 40);
    }

    @Bean
    WorkQueue hotlineFollowUps(CallLog log) {
        return new WorkQueue() {
            @Override
            public Permission permission() {
                return Permission.HOTLINE;
            }

            @Override
            public int order() {
                return 40;
            }

            @Override
            public String section() {
                return "/hotline";
            }

            @Override
            public String messageKey() {
                return "queue.hotline";
            }

            @Override
            public List<Item> items() {
                return List.of(Item.of("queue.hotline.awaiting", log.awaiting(), "/hotline?filter=AWAITING",
                        "telephone-inbound"));
            }
        };
    }

    @Bean
    WorkQueue hotlineNotifications(CallNotifications notifications) {
        return new WorkQueue() {
            @Override
            public Permission permission() {
                return Permission.HOTLINE_NOTIFICATIONS;
            }

            @Override
            public int order() {
                return 155;
            }

            @Override
            public String section() {
                return "/hotline/notifications";
            }

            @Override
            public String messageKey() {
                return "queue.hotline-notifications";
            }

            @Override
            public List<Item> items() {
                CallNotifications.Awaiting awaiting = notifications.awaiting();
                return List.of(Item.of("queue.hotline-notifications.awaiting", awaiting.awaiting() - awaiting
                        .overdue(), "/hotline/notifications", "telephone-forward"), Item.late(
                                "queue.hotline-notifications.overdue", awaiting.overdue(),
                                "/hotline/notifications?filter=OVERDUE", "alarm"));
            }
        };
    }
}
