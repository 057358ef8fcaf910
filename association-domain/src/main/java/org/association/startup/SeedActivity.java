package org.association.startup;

/**
 * The body of the real activity page that the demo starts from (25 January 2024), with its three
 * photos where the page has them, and a Chinese version of it.
 */
final class SeedActivity {

    private SeedActivity() {
    }

    static String englishBody(String meetingPhoto, String reportsPhoto, String presidentPhoto) {
        return """
                <p>On the afternoon of January 25, 2024, the Secretariat of Chengdu High-tech Medical Association organized a \
                2023 \
                work summary and a 2024 work deployment meeting. The meeting was presided over by Comrade Zeng Bin, Secretary of \
                the \
                Party Branch and Secretary-General of the Chengdu High-tech Medical Association. Deng Zhiwen, Director of the \
                Comprehensive Department of the Health Bureau of the High-tech Zone, Zhao Cong, President of the Society, and \
                Comrade Cheng Min, Vice President of the Society, came to guide the work.</p>
                <p>%s</p>
                <p>%s</p>
                <p>The meeting listened to the departments of the secretariat of the Society on accountability and integrity in \
                2023 and the work plan for 2024, and listened in writing to the party building, the construction of a clean and \
                honest government and the work of the trade union. The Secretary-General signed a letter of responsibility for \
                the \
                2024 work target with the heads of various departments.</p>
                <p>The meeting pointed out that while seeing the achievements, we should also be soberly aware that there are \
                still \
                some problems in the development of the society, one is that the level of internal business capacity should be \
                further improved, the second is that the awareness and concept of innovation should be further enhanced, and the \
                third is that the internal process should be further improved.</p>
                <p>%s</p>
                <p>The year 2024 is a key year for fully implementing the spirit of the Party's 20th Congress, and also an \
                important \
                year for the society to realize the 14th Five-Year development Plan. For how to consolidate and enhance the good \
                development trend and realize the steady and long-term development of the society, President Zhao Cong put \
                forward \
                three requirements:</p>
                <p>First, we must always adhere to the correct political direction. Comprehensively strengthen the leadership of \
                the \
                Party, improve the political position, promote the arrangement, deployment, promotion and assessment of party \
                building and business work, strengthen the education of party members, help strengthen the ideological defense \
                line, and carry out the work of the society in accordance with the law and regulations.</p>
                <p>Second, we must make unremitting efforts to promote the high-quality development of the society. Pay close \
                attention to the "specialized, refined, special, real", improve the professional and service level of the \
                society, \
                create and share high-quality projects, actively explore and innovate characteristic work, pay attention to the \
                practical and timeliness of work, do good and strengthen the special committee, and enhance academic influence. \
                It \
                is necessary to continue to take centralized overall management as the starting point, further integrate the \
                internal resources of the society, strengthen the training of talent cadres, continue to carry out the work of \
                improving the capacity of the secretariat, and jointly promote the steady development of the society.</p>
                <p>Third, we must firmly grasp and learn standardized management. The society should carry out various work in \
                strict accordance with the Articles of Association, establish and improve rules and regulations, improve the \
                working \
                process, and promote the standardized operation of the society.</p>
                """.formatted(meetingPhoto, reportsPhoto, presidentPhoto);
    }

    static String chineseBody(String meetingPhoto, String reportsPhoto, String presidentPhoto) {
        return """
                <p>2024年1月25日下午，成都高新医学会秘书处召开2023年工作总结暨2024年工作部署会。会议由学会党支部书记、秘书长曾斌同志主持。\
                高新区卫生健康局综合处处长邓志文、学会会长赵聪、副会长程敏同志莅临指导。</p>
                <p>%s</p>
                <p>%s</p>
                <p>会议听取了学会秘书处各部门2023年述职述廉及2024年工作计划，书面听取了党建、党风廉政建设及工会工作情况。\
                秘书长与各部门负责人签订了2024年度工作目标责任书。</p>
                <p>会议指出，在看到成绩的同时，也要清醒地认识到学会发展中还存在一些问题：一是内部业务能力水平有待进一步提高，\
                二是创新意识和理念有待进一步增强，三是内部流程有待进一步完善。</p>
                <p>%s</p>
                <p>2024年是全面贯彻落实党的二十大精神的关键之年，也是学会实现“十四五”发展规划的重要一年。\
                为巩固和提升良好发展态势，实现学会平稳长远发展，赵聪会长提出三点要求：</p>
                <p>一是始终坚持正确的政治方向。全面加强党的领导，提高政治站位，推动党建与业务工作同部署、同推进、同考核，\
                加强党员教育，筑牢思想防线，依法依规开展学会工作。</p>
                <p>二是坚持不懈推动学会高质量发展。紧扣“专、精、特、实”，提升学会专业化和服务水平，打造并共享优质项目，\
                积极探索创新特色工作，注重工作实效和时效，做好做强专业委员会，提升学术影响力。\
                要继续以集中统一管理为抓手，进一步整合学会内部资源，加强人才干部培养，持续开展秘书处能力提升工作，共同推动学会稳步发展。</p>
                <p>三是牢牢把握规范化管理。学会要严格按照章程开展各项工作，建立健全规章制度，完善工作流程，推动学会规范化运行。</p>
                """.formatted(meetingPhoto, reportsPhoto, presidentPhoto);
    }
}
