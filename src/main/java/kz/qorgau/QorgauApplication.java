package kz.qorgau;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class QorgauApplication {
    public static void main(String[] args) {
        SpringApplication.run(QorgauApplication.class, args);
    }
}
